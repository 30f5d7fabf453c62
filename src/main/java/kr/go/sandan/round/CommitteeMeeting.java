package kr.go.sandan.round;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A meeting of the 노후거점산업단지 경쟁력강화추진위원회, where selections are decided. */
@Entity
public class CommitteeMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate heldOn;

	private String title;

	private String chair;

	private String coChair;

	protected CommitteeMeeting() {
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getTitle() {
		return this.title;
	}

	public String getChair() {
		return this.chair;
	}

	public String getCoChair() {
		return this.coChair;
	}

}
