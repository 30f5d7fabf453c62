package kr.go.sandan.complex;

import org.springframework.data.repository.Repository;

interface AreaRepository extends Repository<LinkedArea, Long> {

	LinkedArea save(LinkedArea area);

}
