package kr.go.sandan.account;

/** What a person does in the program. A person may hold several roles. */
public enum Role {

	/** Program officer of MOLIT or MOTIE: runs rounds, sees scores, records decisions. */
	MINISTRY,
	/** Staff of exactly one region (시·도): drafts and submits that region's plans. */
	REGION,
	/** External expert: scores the plans assigned to them. */
	EVALUATOR,
	/** Administrator: accounts, roles and the audit trail. */
	ADMIN,
	/**
	 * Officer of one co-funding lead ministry (협업부처): sees and enters that ministry's
	 * national figures of the budget ledger, across all districts, and nothing else.
	 */
	FUNDING_MINISTRY;

	public String authority() {
		return "ROLE_" + name();
	}

}
