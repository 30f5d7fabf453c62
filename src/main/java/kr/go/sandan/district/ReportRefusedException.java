package kr.go.sandan.district;

/**
 * A district's rule refuses what was asked (the message key says which); nothing changed.
 */
class ReportRefusedException extends RuntimeException {

	private final String messageKey;

	ReportRefusedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
