/**
 * Money after designation: the budget ledger of a district. Per confirmed requested
 * project, year and source, each stage of the money (secured, allocated, executed,
 * settled, carried over, returned) as an append-only history of entries with date, reason
 * and person; execution rates rolled up by project, year and source, computed on reading.
 * The ministry reads and enters everything; a region its own districts' local and private
 * figures and the execution of the national subsidy.
 */
package kr.go.sandan.ledger;
