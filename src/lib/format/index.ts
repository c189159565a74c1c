export { formatDate, monthNames } from './format-date';
