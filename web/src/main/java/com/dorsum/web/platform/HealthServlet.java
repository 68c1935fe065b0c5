package com.dorsum.web.platform;

import com.dorsum.platform.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import javax.sql.DataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code /health/ready}: UP (200) when the database answers and the schema is fully migrated, else DOWN (503).
 * Says nothing else about the installation.
 */
@WebServlet("/health/ready")
public class HealthServlet extends HttpServlet {

    @Resource(lookup = "jdbc/clinic")
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database = databaseAnswers();
        boolean migrated = schema.isReady();
        boolean up = database && migrated;
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"status\":\"" + (up ? "UP" : "DOWN") + "\",\"checks\":["
                + "{\"name\":\"database\",\"status\":\"" + (database ? "UP" : "DOWN") + "\"},"
                + "{\"name\":\"schema\",\"status\":\"" + (migrated ? "UP" : "DOWN") + "\"}]}");
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
