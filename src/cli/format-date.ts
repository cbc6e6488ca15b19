import moment from 'moment';
import { momentFormatter } from '../model';

/** The same Moment.js tokens as the plugin; English, as the package comes without locales. */
export const formatDate = momentFormatter(moment);
