import { writtenNumberAt, type WrittenNumber } from "../../kb/numbers.js";
import type { Word } from "./words.js";

export type NumberAt = WrittenNumber;

/** The number written at word `at`: digits ("9,400"), or words ("thirty", "seventy-two", "two hundred"). */
export const numberAt = (words: readonly Word[], at: number): NumberAt | undefined => writtenNumberAt(words, at);
