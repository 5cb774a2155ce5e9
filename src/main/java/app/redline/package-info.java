/**
 * Redline: hidden-hazard tracking for inspectors, enterprises and their supervisors.
 *
 * <h2>When a read is JPA and when it is SQL</h2>
 *
 * <ul>
 *   <li>An object's own life is JPA: load it through the user's scope, change it through its
 *       methods (which refuse what its state does not allow), save it; its version catches a
 *       concurrent change and its events go out in the same transaction.
 *   <li>A list, a count or a grouped figure over the scope's rows is a Criteria query: the scope
 *       is a Criteria predicate ({@code Scope#coversEnterpriseId}), and attributes are named
 *       through the JPA static metamodel ({@code Hazard_.deadline}, {@code Hazard_.DEADLINE} in a
 *       sort), never as strings. Another module's rows are reached through the predicates it
 *       publishes ({@code EnterpriseJoin}, {@code EnterpriseSelection},
 *       {@code NoticeHazards}), never through its entities.
 *   <li>Plain SQL through {@code JdbcClient} (named parameters only) where JPQL cannot say it
 *       well or would be slow: the {@code supervision} and {@code industry_lineage} views,
 *       recursive and lateral queries, batch inserts and updates of thousands of rows (imports,
 *       campaign targets), row locks and advisory locks taken before an entity is loaded, and the
 *       escalation job's set-based updates, and the sums over the hazard roll-ups that database
 *       triggers keep ({@code HazardTallies}). A region prefix in SQL comes from {@code RegionCode}
 *       or, for what a user typed, {@code LikePattern}.
 * </ul>
 */
package app.redline;
