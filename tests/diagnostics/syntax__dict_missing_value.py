settings = {"debug": True, "level": }
