/** A data file that could not be fetched or read, with the file named (the message says what to do). */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}
