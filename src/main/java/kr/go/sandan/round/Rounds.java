package kr.go.sandan.round;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The program's rounds; the round module's public API. */
@Service
@Transactional(readOnly = true)
public class Rounds {

	private final RoundRepository repository;

	Rounds(RoundRepository repository) {
		this.repository = repository;
	}

	public List<ProgramRound> all() {
		return this.repository.findAllByYear();
	}

	/** A round with its evaluation indicators (one query). */
	public Optional<ProgramRound> withIndicators(long id) {
		return this.repository.findWithIndicators(id);
	}

}
