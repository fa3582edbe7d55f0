// Python's datetime module (CPython 3.11's Lib/datetime.py semantics and messages).
export { MINYEAR, MAXYEAR } from "./datetime/calendar.js";
export { timedelta } from "./datetime/timedelta.js";
export { date } from "./datetime/date.js";
export { time } from "./datetime/time.js";
export { datetime } from "./datetime/datetime.js";
export { tzinfo, timezone } from "./datetime/tz.js";
import "./datetime/strptime.js";
