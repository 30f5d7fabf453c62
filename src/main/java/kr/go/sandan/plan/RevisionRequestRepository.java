package kr.go.sandan.plan;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RevisionRequestRepository extends Repository<RevisionRequest, Long> {

	RevisionRequest save(RevisionRequest request);

	@Query("select distinct r from RevisionRequest r left join fetch r.comments left join fetch r.projectComments where r.plan.id = :planId order by r.requestedAt desc")
	List<RevisionRequest> findByPlan(long planId);

}
