package io.github.mistralspring.conformance;

import java.util.List;
import java.util.Set;

/**
 * The operations of the July 2026 specification that the seed lacks and the client does not cover
 * yet, by {@code operationId}: workflows, connectors and observability, which the API calls
 * preview. The list may only shrink: the coverage test fails when a listed operation is covered
 * (remove it), when an uncovered addition is not listed (cover it, or list it here), and when an
 * entry is no operation of that specification.
 */
final class KnownMissingAdditions {

  /** The tags, by prefix, of the areas left out for now: the API calls them preview. */
  static final List<String> PREVIEW_TAGS =
      List.of("beta.workflows", "beta.connectors", "beta.observability");

  static final Set<String> ALL =
      Set.of(
          // beta.connectors (18)
          "connector_create_v1",
          "connector_list_v1",
          "connector_get_auth_url_v1",
          "connector_call_tool_v1",
          "connector_list_tools_v1",
          "connector_get_authentication_methods_v1",
          "connector_list_organization_credentials_v1",
          "connector_create_or_update_organization_credentials_v1",
          "connector_list_workspace_credentials_v1",
          "connector_create_or_update_workspace_credentials_v1",
          "connector_list_user_credentials_v1",
          "connector_create_or_update_user_credentials_v1",
          "connector_delete_organization_credentials_v1",
          "connector_delete_workspace_credentials_v1",
          "connector_delete_user_credentials_v1",
          "connector_get_v1",
          "connector_update_v1",
          "connector_delete_v1",
          // beta.observability.campaigns (6)
          "create_campaign_v1_observability_campaigns_post",
          "get_campaigns_v1_observability_campaigns_get",
          "get_campaign_by_id_v1_observability_campaigns__campaign_id__get",
          "delete_campaign_v1_observability_campaigns__campaign_id__delete",
          "get_campaign_status_by_id_v1_observability_campaigns__campaign_id__status_get",
          "get_campaign_selected_events_v1_observability_campaigns__campaign_id__selected_events_get",
          // beta.observability.chat_completion_events (5)
          "get_chat_completion_events_v1_observability_chat_completion_events_search_post",
          "get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post",
          "get_chat_completion_event_v1_observability_chat_completion_events__event_id__get",
          "get_similar_chat_completion_events_v1_observability_chat_completion_events__event_id__similar_events_get",
          "judge_chat_completion_event_v1_observability_chat_completion_events__event_id__live_judging_post",
          // beta.observability.chat_completion_events.fields (3)
          "get_chat_completion_fields_v1_observability_chat_completion_fields_get",
          "get_chat_completion_field_options_v1_observability_chat_completion_fields__field_name__options_get",
          "get_chat_completion_field_options_counts_v1_observability_chat_completion_fields__field_name__options_counts_post",
          // beta.observability.datasets (15)
          "create_dataset_v1_observability_datasets_post",
          "get_datasets_v1_observability_datasets_get",
          "get_dataset_by_id_v1_observability_datasets__dataset_id__get",
          "delete_dataset_v1_observability_datasets__dataset_id__delete",
          "update_dataset_v1_observability_datasets__dataset_id__patch",
          "get_dataset_records_v1_observability_datasets__dataset_id__records_get",
          "create_dataset_record_v1_observability_datasets__dataset_id__records_post",
          "post_dataset_records_from_campaign_v1_observability_datasets__dataset_id__imports_from_campaign_post",
          "post_dataset_records_from_explorer_v1_observability_datasets__dataset_id__imports_from_explorer_post",
          "post_dataset_records_from_file_v1_observability_datasets__dataset_id__imports_from_file_post",
          "post_dataset_records_from_playground_v1_observability_datasets__dataset_id__imports_from_playground_post",
          "post_dataset_records_from_dataset_v1_observability_datasets__dataset_id__imports_from_dataset_post",
          "export_dataset_to_jsonl_v1_observability_datasets__dataset_id__exports_to_jsonl_get",
          "get_dataset_import_task_v1_observability_datasets__dataset_id__tasks__task_id__get",
          "get_dataset_import_tasks_v1_observability_datasets__dataset_id__tasks_get",
          // beta.observability.datasets.records (6)
          "get_dataset_record_v1_observability_dataset_records__dataset_record_id__get",
          "delete_dataset_record_v1_observability_dataset_records__dataset_record_id__delete",
          "delete_dataset_records_v1_observability_dataset_records_bulk_delete_post",
          "judge_dataset_record_v1_observability_dataset_records__dataset_record_id__live_judging_post",
          "update_dataset_record_payload_v1_observability_dataset_records__dataset_record_id__payload_put",
          "update_dataset_record_properties_v1_observability_dataset_records__dataset_record_id__properties_put",
          // beta.observability.judges (6)
          "create_judge_v1_observability_judges_post",
          "get_judges_v1_observability_judges_get",
          "get_judge_by_id_v1_observability_judges__judge_id__get",
          "delete_judge_v1_observability_judges__judge_id__delete",
          "update_judge_v1_observability_judges__judge_id__put",
          "judge_conversation_v1_observability_judges__judge_id__live_judging_post",
          // beta.workflows (8)
          "get_workflow_registrations_v1_workflows_registrations_get",
          "execute_workflow_v1_workflows__workflow_identifier__execute_post",
          "execute_workflow_registration_v1_workflows_registrations__workflow_registration_id__execute_post",
          "get_workflow_v1_workflows__workflow_identifier__get",
          "update_workflow_v1_workflows__workflow_identifier__put",
          "get_workflow_registration_v1_workflows_registrations__workflow_registration_id__get",
          "archive_workflow_v1_workflows__workflow_identifier__archive_put",
          "unarchive_workflow_v1_workflows__workflow_identifier__unarchive_put",
          // beta.workflows.deployments (2)
          "list_deployments_v1_workflows_deployments_get",
          "get_deployment_v1_workflows_deployments__name__get",
          // beta.workflows.events (2)
          "get_stream_events_v1_workflows_events_stream_get",
          "get_workflow_events_v1_workflows_events_list_get",
          // beta.workflows.executions (14)
          "get_workflow_execution_v1_workflows_executions__execution_id__get",
          "get_workflow_execution_history_v1_workflows_executions__execution_id__history_get",
          "signal_workflow_execution_v1_workflows_executions__execution_id__signals_post",
          "query_workflow_execution_v1_workflows_executions__execution_id__queries_post",
          "terminate_workflow_execution_v1_workflows_executions__execution_id__terminate_post",
          "batch_terminate_workflow_executions_v1_workflows_executions_terminate_post",
          "cancel_workflow_execution_v1_workflows_executions__execution_id__cancel_post",
          "batch_cancel_workflow_executions_v1_workflows_executions_cancel_post",
          "reset_workflow_v1_workflows_executions__execution_id__reset_post",
          "update_workflow_execution_v1_workflows_executions__execution_id__updates_post",
          "get_workflow_execution_trace_otel",
          "get_workflow_execution_trace_summary",
          "get_workflow_execution_trace_events",
          "stream_v1_workflows_executions__execution_id__stream_get",
          // beta.workflows.metrics (1)
          "get_workflow_metrics_v1_workflows__workflow_name__metrics_get",
          // beta.workflows.runs (3)
          "list_runs_v1_workflows_runs_get",
          "get_run_v1_workflows_runs__run_id__get",
          "get_run_history_v1_workflows_runs__run_id__history_get",
          // beta.workflows.schedules (3)
          "get_schedules_v1_workflows_schedules_get",
          "schedule_workflow_v1_workflows_schedules_post",
          "unschedule_workflow_v1_workflows_schedules__schedule_id__delete",
          // beta.workflows.workers (1)
          "get_worker_info_v1_workflows_workers_whoami_get");

  private KnownMissingAdditions() {}
}
