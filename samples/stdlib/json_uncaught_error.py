# An uncaught JSONDecodeError prints its module-qualified name (json.decoder.JSONDecodeError)
import json

json.loads("{bad json}")
