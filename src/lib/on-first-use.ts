// A value made the first time it is asked for, then kept. For what is costly to make and not always
// needed: the first Intl formatter of a page loads the browser's locale data (15–30 ms on a fast
// machine, four times that on a cheap phone), which at module load lands in the island's start-up
// task even on pages that format nothing until a form is sent.

export function onFirstUse<Value>(make: () => Value): () => Value {
  let made: { value: Value } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}
