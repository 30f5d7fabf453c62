package kr.go.sandan.plan;

/** The central ministries that lead requested projects. */
public enum Ministry {

	/** 국토교통부. */
	MOLIT("국토교통부"),
	/** 산업통상자원부. */
	MOTIE("산업통상자원부"),
	/** 중소벤처기업부. */
	MSS("중소벤처기업부"),
	/** 고용노동부. */
	MOEL("고용노동부"),
	/** 환경부. */
	ME("환경부"),
	/** 과학기술정보통신부. */
	MSIT("과학기술정보통신부"),
	/** 행정안전부. */
	MOIS("행정안전부"),
	/** 기획재정부. */
	MOEF("기획재정부"),
	/** 문화체육관광부. */
	MCST("문화체육관광부"),
	/** 해양수산부. */
	MOF("해양수산부"),
	/** 농림축산식품부. */
	MAFRA("농림축산식품부"),
	/** 교육부. */
	MOE("교육부"),
	/** 보건복지부. */
	MOHW("보건복지부"),
	/** 여성가족부. */
	MOGEF("여성가족부"),
	/** 국방부. */
	MND("국방부"),
	/** 법무부. */
	MOJ("법무부"),
	/** 외교부. */
	MOFA("외교부"),
	/** 통일부. */
	MOU("통일부"),
	/** 국무조정실. */
	MPM("국무조정실"),
	/** 기타. */
	OTHER("기타");

	private final String koreanName;

	Ministry(String koreanName) {
		this.koreanName = koreanName;
	}

	/** The name as Korean documents write it (versions keep this, not the code). */
	public String koreanName() {
		return this.koreanName;
	}

}
