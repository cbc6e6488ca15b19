import { andList, plural } from '../words';
import type { Finding, RouteRecord } from './records';
import type { AnalysisBase } from './gaps';

/**
 * Rigid: a live outcome with a horizon that every live route with an arrival reaches late.
 * Routes without an arrival are left out; with none that has one, there is no finding.
 */
export function lateHorizons(a: AnalysisBase): Finding[] {
  const findings: Finding[] = [];
  for (const o of a.nodes) {
    if (o.kind !== 'outcome' || !o.live || o.horizon === null) continue;
    const late: { route: RouteRecord; days: number }[] = [];
    let arriving = 0;
    for (const r of a.routes) {
      if (!r.live || r.arrival === null || !r.outcomes.includes(o.id)) continue;
      arriving++;
      const check = r.horizons.find((h) => h.outcome === o.id);
      if (check?.onTime === false) late.push({ route: r, days: check.daysLate });
    }
    if (arriving === 0 || late.length < arriving) continue;
    findings.push({
      question: 'rigid',
      finding: 'late-horizon',
      notes: [o.id, ...late.map((l) => l.route.id)],
      message: `At this pace every live route to ${o.title} arrives after its horizon (${o.horizon}): ${andList(
        late.map((l) => `${l.route.title} ${plural(l.days, 'day')} late`),
      )}. Speed one up, map a faster one, or move the horizon.`,
    });
  }
  return findings;
}
