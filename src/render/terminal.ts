/** Removes terminal control sequences and C0/C1 control characters (keeps tab), line and paragraph separators and
 * bidirectional overrides ("trojan source"), so repository text cannot move the cursor, clear the screen, forge
 * lines in a log or show a name in another order than it has. */
export function safeTerminalText(s: string): string {
  return s
    .replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ');
}
