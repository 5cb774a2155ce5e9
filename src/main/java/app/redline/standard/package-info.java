/**
 * The catalogue of judgement standards for major hazards (重大事故隐患判定标准): editions of each
 * standard and their clauses, imported by administrators, named by hazards graded major and by
 * checklist items.
 */
@ApplicationModule(allowedDependencies = {"audit", "organization", "system"})
package app.redline.standard;

import org.springframework.modulith.ApplicationModule;
