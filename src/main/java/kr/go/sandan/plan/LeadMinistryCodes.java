package kr.go.sandan.plan;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import kr.go.sandan.account.LeadMinistries;

/** The codes of {@link Ministry}, for the accounts of co-funding ministry officers. */
@Component
class LeadMinistryCodes implements LeadMinistries {

	@Override
	public List<String> codes() {
		return Arrays.stream(Ministry.values()).map(Ministry::name).toList();
	}

}
