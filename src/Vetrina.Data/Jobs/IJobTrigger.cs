namespace Vetrina.Data.Jobs;

/// <summary>
/// Asks the job runner to run a module's <see cref="RecurringJob"/> now, on whichever node takes it, and never beside a
/// run of it already under way (that one finishes first): for a page where staff want fresh figures now.
/// </summary>
public interface IJobTrigger
{
    Task RunNowAsync(string jobName, CancellationToken cancellationToken);
}
