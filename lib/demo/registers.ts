import { seedAssetsDemo } from "../assets/demo";
import { seedIncidentsDemo } from "../incidents/demo";
import { seedMaturityDemo } from "../maturity/demo";
import { seedRisksDemo } from "../risks/demo";
import type { DemoContext } from "./context";

/** Each register's demo seed, in dependency order (assets before risks before incidents). */
export const demoRegisterSeeds: ((context: DemoContext) => Promise<void>)[] = [seedAssetsDemo, seedRisksDemo, seedIncidentsDemo, seedMaturityDemo];
