package kr.go.sandan.ledger;

/**
 * The stages of a year's money, in the order it moves: secured in the budget (예산 확보),
 * allocated (교부), executed (집행), settled (정산), carried over (이월), returned unspent (불용).
 */
public enum Stage {

	SECURED, ALLOCATED, EXECUTED, SETTLED, CARRIED_OVER, RETURNED

}
