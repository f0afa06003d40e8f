using CareerBot.Discord.Gateway;

namespace CareerBot.Discord.Tests.Gateway;

public sealed class HandledSequenceTests
{
    [Fact]
    public void Value_NothingReceived_Null()
    {
        var sut = CreateSut();

        Assert.Null(sut.Value);
    }

    [Fact]
    public void Track_AllWorkDone_LastReceived()
    {
        var sut = CreateSut();

        sut.Track(1, handled: null);
        sut.Track(2, Task.CompletedTask);
        sut.Track(3, handled: null);

        Assert.Equal(3, sut.Value);
    }

    [Fact]
    public void Track_EarlierWorkStillRunning_StopsJustBeforeItUntilItCompletes()
    {
        var sut = CreateSut();
        var slow = new TaskCompletionSource();
        sut.Track(1, handled: null);
        sut.Track(2, slow.Task);
        sut.Track(3, Task.CompletedTask);
        sut.Track(4, handled: null);

        var whileRunning = sut.Value;
        slow.SetResult();

        Assert.Equal(1, whileRunning);
        Assert.Equal(4, sut.Value);
    }

    [Fact]
    public void Track_WorkFails_CountsAsHandled()
    {
        var sut = CreateSut();
        var failing = new TaskCompletionSource();
        sut.Track(5, failing.Task);

        failing.SetException(new InvalidOperationException("turn failed"));

        Assert.Equal(5, sut.Value);
    }

    [Fact]
    public void Reset_WorkOfTheOldSessionCompletesLater_DoesNotTouchTheNewSession()
    {
        var sut = CreateSut();
        var old = new TaskCompletionSource();
        sut.Track(7, old.Task);

        sut.Reset();
        var pendingNew = new TaskCompletionSource();
        sut.Track(1, handled: null);
        sut.Track(2, pendingNew.Task);
        old.SetResult();

        Assert.Equal(1, sut.Value);
    }

    [Fact]
    public void Restore_SavedSequence_StartsFromItAndReplaysMoveItOn()
    {
        var sut = CreateSut();

        sut.Restore(41);
        var restored = sut.Value;
        sut.Track(42, Task.CompletedTask);

        Assert.Equal(41, restored);
        Assert.Equal(42, sut.Value);
    }

    private static HandledSequence CreateSut() => new();
}
