// The one way to say what went wrong: an Error's message, or whatever was thrown, as text.
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

export { errorMessage as e };
