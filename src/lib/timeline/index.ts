export { groupByMonth, type MonthGroup } from './group-by-month';
export { monthPages, type MonthPage } from './month-pages';
export { countByYear, monthIdOf, monthLabelOf, yearOf, type MonthCount, type YearCount, type YearSummary } from './group-by-year';
export { defaultTimelineLimits, listsEveryArticle, listsWholeYear, monthPageHref, type TimelineLimits } from './page-limits';
