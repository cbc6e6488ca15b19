import {
  arrivalText,
  carriesOverText,
  gaugesText,
  nextStepText,
  windowText,
  type Report,
} from '../model';

type Name = (id: string) => string;

/** The ranked next steps, one a line; a sentence when there is none. */
export function nextStepLines(report: Pick<Report, 'next'>, name: Name): string[] {
  if (report.next.length === 0) return ['  none: no live route has a stepping stone left to do'];
  return report.next.map((s) => `  ${s.rank}. ${nextStepText(s, name)}`);
}

/**
 * The report's answers to "what next?", in the order a user asks them: next steps, each
 * route's pace and arrival, what carries over from closed and resting routes, the gauges.
 */
export function formatPlan(report: Report, name: Name): string[] {
  const out = ['Next steps (the stone that keeps the most routes open comes first)'];
  out.push(...nextStepLines(report, name));

  out.push(
    '',
    `At this pace (steps done in the last ${windowText(report.windows.advancementDays)})`,
  );
  const moving = report.routes.filter((r) => r.live || r.resting);
  for (const r of moving)
    out.push(`  ${r.title}: ${arrivalText(r, name, report.windows.advancementDays)}`);
  if (moving.length === 0) out.push('  no live routes');

  out.push('', 'What carries over');
  const carrying = report.routes.filter((r) => r.carriesOver.length > 0);
  for (const r of carrying)
    out.push(
      `  ${r.title}${r.live && !r.resting ? '' : ` (${r.status})`}: ${carriesOverText(r, name)}`,
    );
  if (carrying.length === 0) out.push('  nothing: no done stone is shared with a live route');

  out.push('', 'Gauges (1 low to 5 high: resourced, liked, confident, coherent)');
  const gauged = report.routes.flatMap((r) => {
    const text = gaugesText(r, report.gaugesSince);
    return text ? [`  ${r.title}: ${text}`] : [];
  });
  out.push(
    ...(gauged.length > 0
      ? gauged
      : ['  none yet: give a route resources, likeability, confidence and coherence, each 1 to 5']),
  );
  return [...out, ''];
}
