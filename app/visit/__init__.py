"""The visit (来庁) workflow: states and allowed actions, the VisitService the counter
window drives, and draft persistence so a visit survives a crash or restart."""
