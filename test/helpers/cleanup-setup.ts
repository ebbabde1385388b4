// Runs before each test file (vitest setupFiles). Registered first, this afterAll runs after the file's own
// afterAll hooks, which may still use their folders (a server's zone files, a store) or their schemas.
import { afterAll } from "vitest";
import { endOfTestFile } from "./tmp.js";

afterAll(endOfTestFile);
