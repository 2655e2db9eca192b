"""Approval (決裁) of a visit's drafts: a plain-Python state machine.

    draft --submit--> submitted --approve--> approved (frozen)
                          └--reject--> rejected --resubmit (submit again)--> submitted

ApprovalService (service.py; queries in inbox.py). Every call re-reads the acting account
(app.identity.authorization): disabled or demoted staff lose the right at once.
    submit(actor, visit_id, snapshot)        snapshot: JSON-able dict frozen at submission
                                             (event, resident name, procedures, forms with
                                             values, provenance, changes); stored encrypted,
                                             every revision kept (approval_snapshots)
    submit_in(session, actor, visit_id, snapshot)  the same inside the caller's transaction
                                             (the visit area saves the visit with it)
    approve(actor, visit_id, comment="")     supervisors only, never their own submission;
                                             comment required only if the office setting says so
    reject(actor, visit_id, comment)         comment always required
        One decision per request: row lock + conditional UPDATE … WHERE state='submitted'.
    needs_approval(procedure_codes) -> bool  office settings approval_required_for_print and
                                             approval_exempt_procedures (policy.py)
    check_final_print(actor, visit_id, procedure_codes=None)  the one print gate: raises
                                             PrintRefusedError unless the STORED request is
                                             approved (or the visit needs no approval)
    can_print_final(...); record_printed(actor, visit_id, final, procedure_codes=None)
    queue(actor) -> [QueueItem]              supervisors: resident name (+ masked), event,
                                             counter, submitter, waiting seconds, can_decide
    unseen_decisions(actor) -> [DecisionNotice]; mark_seen(actor, visit_id, revision)
                                             "what changed since I last looked" for a clerk
    diff(actor, visit_id, old_revision=None, new_revision=None) -> SnapshotDiff
    snapshot_of(actor, visit_id, revision); get(visit_id, actor=None); state_of(visit_id)
    allowed_actions(actor, visit_id) -> frozenset[ApprovalUiAction]  (edit, submit, resubmit,
                                             approve, reject, print_final): enable buttons from this
Refusals raise machine.ApprovalRefusedError(.refusal code), PrintRefusedError or
app.identity.errors.PermissionDeniedError; the words are in app.error_catalog.
Light modules (no SQLAlchemy): machine, models, port.
"""
