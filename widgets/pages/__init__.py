"""One page per step of the visit; see app.visit.workflow.STEP_ORDER."""
