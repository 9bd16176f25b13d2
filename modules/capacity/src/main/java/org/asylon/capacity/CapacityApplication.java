package org.asylon.capacity;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.asylon.capacity.leaflet.boundary.LeafletsResource;
import org.asylon.capacity.selfassessment.boundary.SelfAssessmentResource;
import org.asylon.kernel.http.ApiDescriptionResource;
import org.asylon.kernel.http.RequestLog;
import org.asylon.kernel.http.StrictJson;
import org.asylon.kernel.problem.BodySizeLimit;
import org.asylon.kernel.problem.ConstraintViolationMapper;
import org.asylon.kernel.problem.ThrowableMapper;
import org.asylon.kernel.security.RoleCheck;
import org.asylon.kernel.security.Roles;

/**
 * The capacity kit's REST API. The classes are listed rather than scanned: the kernel jar also
 * holds the event feed, audit trail and deadline resources, which need a module database and a
 * legal profile in use, and this module has neither. Only the kernel's edge (problems, request ids,
 * body limit, role check, the module's own OpenAPI document) is taken.
 */
@ApplicationPath("api/v1")
@ApplicationScoped
@DeclareRoles({Roles.PLANNER})
public class CapacityApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                SelfAssessmentResource.class,
                LeafletsResource.class,
                ApiDescriptionResource.class,
                RoleCheck.class,
                RequestLog.class,
                BodySizeLimit.class,
                ThrowableMapper.class,
                ConstraintViolationMapper.class,
                StrictJson.class);
    }
}
