/** Password of every demo account. Demo only: see README. */
export const DEMO_PASSWORD = "sakip-demo-2022";
