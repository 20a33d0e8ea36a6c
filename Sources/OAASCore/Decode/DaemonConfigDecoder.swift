extension DaemonConfig {
    /// Builds the model from a decoded `DaemonConfig` document.
    init(decoding document: IRValue) {
        let spec = document["spec"]
        server = spec?["server"].map { server in
            Server(port: server.int("port"), host: server.string("host"), timeoutSecs: server.int("timeout_secs"))
        }
        platforms = (spec?["platforms"]?.entries ?? []).compactMap { entry in
            guard case .object(let fields) = entry.value.content else { return nil }
            let located = fields.compactMap { field -> (key: Located<String>, value: Located<String>)? in
                field.value.located.map { (Located(field.key, field.keyRange), $0) }
            }
            return Platform(
                name: Located(entry.key, entry.keyRange),
                enabled: entry.value.bool("enabled"),
                credentials: located.filter { DaemonConfigSchema.credentialKeys.contains($0.key.value) },
                credentialVariables: located.filter { $0.key.value.hasSuffix("_env") },
                approvalAllowedUsers: entry.value.strings("approval_allowed_users"))
        }
        agents = spec?["agents"].map(Directory.init(decoding:))
        flows = spec?["flows"].map(Directory.init(decoding:))
        triggers = spec?["triggers"].map(Directory.init(decoding:))
        runtime = spec?["runtime"].map { runtime in
            Runtime(
                maxConcurrentTasks: runtime.int("max_concurrent_tasks"),
                taskTimeoutSecs: runtime.int("task_timeout_secs"),
                maxTasksPerUser: runtime.int("max_tasks_per_user"),
                defaultAgent: runtime.string("default_agent"))
        }
        decisionLogEnabled = spec?["decision_log"]?.bool("enabled")
        audit = spec?["audit"].map { audit in
            Audit(
                enabled: audit.bool("enabled"),
                destination: audit.string("destination"),
                databaseURL: audit["postgresql"]?.string("url"),
                table: audit["postgresql"]?.string("table"),
                path: audit.string("path"),
                logAllRequests: audit.bool("log_all_requests"),
                logToolExecutions: audit.bool("log_tool_executions"),
                logApprovals: audit.bool("log_approvals"))
        }
        logging = spec?["logging"].map { logging in
            Logging(
                level: logging.string("level"),
                format: logging.string("format"),
                destination: logging.string("destination"),
                filePath: logging["file"]?.string("path"))
        }
        limits = spec?["limits"].map { limits in
            Limits(
                global: limits["global"],
                perOrganization: (limits["per_organization"]?.entries ?? []).map { (Located($0.key, $0.keyRange), $0.value) },
                perUser: limits["per_user"])
        }
    }
}

extension DaemonConfig.Directory {
    init(decoding section: IRValue) {
        directory = section.string("directory")
        watch = section.bool("watch")
        enabled = section.bool("enabled")
    }
}
