package kr.go.sandan.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Account save(Account account);

	@Query("select a from Account a left join fetch a.region r left join fetch r.names where lower(a.username) = lower(:username)")
	Optional<Account> findByUsername(String username);

	@Query("select a from Account a left join fetch a.region left join fetch a.homeRegion where a.id = :id")
	Optional<Account> findById(long id);

	@Query(value = "select a from Account a left join fetch a.region order by a.username",
			countQuery = "select count(a) from Account a")
	Page<Account> findPage(Pageable pageable);

	@Query("select count(a) > 0 from Account a join a.roles r where r = kr.go.sandan.account.Role.ADMIN")
	boolean existsAdmin();

	@Query("select a from Account a left join fetch a.region where a.demo = true order by a.username")
	List<Account> findDemoAccounts();

	boolean existsByUsernameIgnoreCase(String username);

	/** Which of these user names are taken (user names are lower case). */
	@Query("select a.username from Account a where a.username in :usernames")
	Set<String> findTakenUsernames(Collection<String> usernames);

	boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

}
