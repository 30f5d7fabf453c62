package kr.go.sandan.ledger;

/** The ledger refuses the save (the message key says why); nothing was written. */
class LedgerRefusedException extends RuntimeException {

	private final String messageKey;

	LedgerRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
