// "1 warning", "2 warnings": counts as a reader writes them.

export function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
