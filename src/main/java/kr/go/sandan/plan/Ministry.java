package kr.go.sandan.plan;

/** The central ministries that lead requested projects. */
public enum Ministry {

	/** 국토교통부. */
	MOLIT,
	/** 산업통상자원부. */
	MOTIE,
	/** 중소벤처기업부. */
	MSS,
	/** 고용노동부. */
	MOEL,
	/** 환경부. */
	ME,
	/** 과학기술정보통신부. */
	MSIT,
	/** 행정안전부. */
	MOIS,
	/** 기획재정부. */
	MOEF,
	/** 문화체육관광부. */
	MCST,
	/** 해양수산부. */
	MOF,
	/** 농림축산식품부. */
	MAFRA,
	/** 교육부. */
	MOE,
	/** 보건복지부. */
	MOHW,
	/** 여성가족부. */
	MOGEF,
	/** 국방부. */
	MND,
	/** 법무부. */
	MOJ,
	/** 외교부. */
	MOFA,
	/** 통일부. */
	MOU,
	/** 국무조정실. */
	MPM,
	/** 기타. */
	OTHER

}
