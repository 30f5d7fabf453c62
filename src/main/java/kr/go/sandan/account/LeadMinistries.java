package kr.go.sandan.account;

import java.util.List;

/**
 * The lead ministries a co-funding ministry officer can be tied to, as codes in their
 * usual order; supplied by the module that knows the ministries (an account only keeps
 * the code).
 */
public interface LeadMinistries {

	List<String> codes();

}
