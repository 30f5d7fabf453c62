package kr.go.sandan.round;

/** What a file attached to a call is. */
public enum CallFileKind {

	/** 공고문: the announcement itself. */
	NOTICE,
	/** 서식: a template regions fill in. */
	TEMPLATE,
	/** 기타 참고 자료. */
	OTHER

}
