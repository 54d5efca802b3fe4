/** Removes terminal control sequences and C0/C1 control characters (keeps tab), so repository text cannot move
 * the cursor, clear the screen or forge lines in a log. */
export function safeTerminalText(s: string): string {
  return s
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, ' ');
}
