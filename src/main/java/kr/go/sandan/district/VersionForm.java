package kr.go.sandan.district;

/** An action on a district's path or report, with the version the person read. */
public class VersionForm {

	private Long version;

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
