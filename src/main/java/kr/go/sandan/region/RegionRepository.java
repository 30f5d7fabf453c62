package kr.go.sandan.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RegionRepository extends Repository<Region, Long> {

	@Query("select distinct r from Region r left join fetch r.names order by r.position")
	List<Region> findAllWithNames();

	@Query("select distinct r from Region r left join fetch r.districts")
	List<Region> fetchDistricts();

	@Query("select r from Region r left join fetch r.names where r.code = :code")
	Optional<Region> findByCodeWithNames(String code);

}
