// datetime, as the runtime provides it (@py2ts/runtime/datetime). Nothing here blocks.

import type { ClassInfo, LibraryModule } from "./types.js";

const methods = (names: readonly string[]): ClassInfo["methods"] =>
  Object.fromEntries(names.map((name) => [name, {}]));

const dateMethods = [
  "today", "fromordinal", "fromisoformat", "fromisocalendar", "toordinal", "weekday", "isoweekday", "isocalendar",
  "replace", "isoformat", "ctime", "strftime", "timetuple",
] as const;

export const datetimeLibrary: LibraryModule = {
  python: "datetime",
  runtime: "@py2ts/runtime/datetime",
  members: {
    MINYEAR: { kind: "value" },
    MAXYEAR: { kind: "value" },
    date: { kind: "class", qualname: "datetime.date" },
    time: { kind: "class", qualname: "datetime.time" },
    datetime: { kind: "class", qualname: "datetime.datetime" },
    timedelta: { kind: "class", qualname: "datetime.timedelta" },
    tzinfo: { kind: "class", qualname: "datetime.tzinfo" },
    timezone: { kind: "class", qualname: "datetime.timezone" },
  },
  classes: {
    "datetime.date": { methods: methods(dateMethods) },
    "datetime.datetime": {
      methods: methods([
        ...dateMethods, "now", "utcnow", "fromtimestamp", "utcfromtimestamp", "combine", "strptime", "date", "time",
        "timetz", "utcoffset", "tzname", "dst", "timestamp", "astimezone",
      ]),
    },
    "datetime.time": { methods: methods(["fromisoformat", "utcoffset", "tzname", "replace", "isoformat", "strftime"]) },
    "datetime.timedelta": { methods: methods(["total_seconds"]) },
    "datetime.tzinfo": { methods: methods(["utcoffset", "dst", "tzname"]) },
    "datetime.timezone": { methods: methods(["utcoffset", "dst", "tzname"]) },
  },
};
