package kr.go.sandan.plan;

import java.time.Instant;

/**
 * A region sent its plan again after the ministry asked for a revision; the ministry has
 * it to review (or to confirm, in the consulting).
 *
 * @param regionName the region's name as on the plan
 */
public record PlanResubmitted(long planId, String regionName, int year, Instant at) {
}
