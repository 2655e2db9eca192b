"""Approval (決裁) of a visit's drafts: a plain-Python state machine.

    draft --submit--> submitted --approve--> approved (frozen)
                          └--reject--> rejected --resubmit (submit again)--> submitted

ApprovalService (service.py; implements port.ApprovalPort):
    submit(actor, visit_id, snapshot)        snapshot: JSON-able dict frozen at submission
                                             (forms, values, provenance, changes from pre-fill);
                                             stored encrypted; read back as read-only mappings
    approve(actor, visit_id, comment="")     supervisors only, never their own submission;
                                             comment required only if the office setting says so
    reject(actor, visit_id, comment)         comment always required
    queue(actor) -> [QueueItem]              supervisors; QueueItem.can_decide False for own
    get(visit_id) -> ApprovalRequest | None; state_of(visit_id) -> ApprovalState
    allowed_actions(actor, visit_id) -> frozenset[ApprovalUiAction]  (edit, submit, resubmit,
                                             approve, reject, print_final): enable buttons from this
    can_print_final(actor, visit_id); record_printed(actor, visit_id, final)
Refusals raise machine.ApprovalRefusedError(.refusal code, .message_ja).
Light modules (no SQLAlchemy): machine, models, port.
"""
