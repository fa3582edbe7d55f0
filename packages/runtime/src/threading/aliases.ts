// The camelCase aliases threading keeps for compatibility.
import { active_count, current_thread } from "./thread.js";

export const currentThread = current_thread;
export const activeCount = active_count;
