import { seedMaturityDemo } from "../maturity/demo";
import type { DemoContext } from "./context";

/** Each register's demo seed, in dependency order (assets before risks before incidents). */
export const demoRegisterSeeds: ((context: DemoContext) => Promise<void>)[] = [seedMaturityDemo];
