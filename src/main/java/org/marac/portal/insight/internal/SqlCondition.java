package org.marac.portal.insight.internal;

import java.util.ArrayList;
import java.util.List;

/** A piece of SQL with its parameters, in order. */
public record SqlCondition(String sql, List<Object> parameters) {

    public SqlCondition {
        parameters = List.copyOf(parameters);
    }

    public static SqlCondition of(String sql, Object... parameters) {
        return new SqlCondition(sql, List.of(parameters));
    }

    /** Both conditions. */
    public SqlCondition and(SqlCondition other) {
        List<Object> all = new ArrayList<>(parameters);
        all.addAll(other.parameters);
        return new SqlCondition("(" + sql + ") AND (" + other.sql + ")", all);
    }

    public Object[] arguments() {
        return parameters.toArray();
    }
}
